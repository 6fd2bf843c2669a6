ord('')
